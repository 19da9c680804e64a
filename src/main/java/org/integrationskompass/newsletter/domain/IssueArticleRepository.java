package org.integrationskompass.newsletter.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueArticleRepository extends JpaRepository<IssueArticle, Long> {

	List<IssueArticle> findByIssueIdOrderByPosition(long issueId);
}
