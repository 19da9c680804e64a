package org.integrationskompass.accounts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByLogin(String login);

	List<Account> findAllByOrderByDisplayNameAsc();
}
