package org.integrationskompass.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByLogin(String login);

	List<Account> findAllByOrderByDisplayNameAsc();

	/** A bulk update that leaves the version alone, so two sign-ins at once cannot fail on optimistic locking. */
	@Modifying
	@Transactional
	@Query("update Account a set a.lastSignInAt = :at where a.login = :login")
	void recordSignIn(@Param("login") String login, @Param("at") Instant at);
}
