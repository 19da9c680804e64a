package org.integrationskompass.accounts.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	/** Marks the token used if it still may be used; 1 for the one caller that wins, 0 for everyone else. */
	@Modifying
	@Query("update PasswordResetToken t set t.usedAt = :now where t.tokenHash = :hash and t.usedAt is null and t.expiresAt > :now")
	int use(@Param("hash") String hash, @Param("now") Instant now);

	@Modifying
	@Query("update PasswordResetToken t set t.usedAt = :now where t.accountId = :account and t.usedAt is null")
	int invalidateAll(@Param("account") UUID account, @Param("now") Instant now);

	@Modifying
	@Query("delete from PasswordResetToken t where t.expiresAt < :before")
	int deleteExpiredBefore(@Param("before") Instant before);
}
