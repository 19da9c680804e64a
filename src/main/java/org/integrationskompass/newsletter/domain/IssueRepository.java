package org.integrationskompass.newsletter.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IssueRepository extends JpaRepository<NewsletterIssue, Long> {

	List<NewsletterIssue> findAllByOrderByYearDescNumberDesc();

	List<NewsletterIssue> findByStatusOrderByYearDescNumberDesc(IssueStatus status);

	Optional<NewsletterIssue> findByYearAndNumber(int year, int number);

	@Query("select coalesce(max(i.number), 0) from NewsletterIssue i where i.year = :year")
	int maxNumberIn(int year);
}
