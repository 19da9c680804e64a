package org.integrationskompass.news.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsImageRepository extends JpaRepository<NewsImage, UUID> {

	List<NewsImage> findByArticleIdOrderByPosition(UUID articleId);

	List<NewsImage> findByArticleIdInOrderByPosition(Collection<UUID> articleIds);
}
