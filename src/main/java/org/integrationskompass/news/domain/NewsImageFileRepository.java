package org.integrationskompass.news.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsImageFileRepository extends JpaRepository<NewsImageFile, UUID> {
}
