package org.integrationskompass.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.accounts.AccountId;
import org.integrationskompass.accounts.CurrentAccount;
import org.integrationskompass.accounts.Role;
import org.jspecify.annotations.Nullable;

/** Someone who signs in. The login is the lower-cased email address (or a plain name for the first administrator). */
@Entity
@Table(name = "accounts_account")
public class Account {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String login;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	/** A DelegatingPasswordEncoder hash ({@code {bcrypt}$2a$…}); never the password. */
	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "accounts_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_sign_in_at")
	private @Nullable Instant lastSignInAt;

	/** Base32 TOTP secret once the second factor is set up; shown to its owner once, at enrolment, never again. */
	@Column(name = "totp_secret")
	private @Nullable String totpSecret;

	/** The last time step a code was accepted for: codes of this step or earlier ones are refused (no replay). */
	@Column(name = "totp_last_step")
	private @Nullable Long totpLastStep;

	/** SHA-256 hashes of the recovery codes not used yet. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "accounts_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "code_hash", nullable = false)
	private Set<String> recoveryCodeHashes = new HashSet<>();

	@Version
	private long version;

	protected Account() {
	}

	public Account(String login, String displayName, String passwordHash, Set<Role> roles, Instant now) {
		this.id = UUID.randomUUID();
		this.login = normaliseLogin(login);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = now;
	}

	public static String normaliseLogin(String login) {
		return login.strip().toLowerCase(Locale.ROOT);
	}

	/** @param passwordHash the new password, hashed by the application's PasswordEncoder */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Whether this account may only reach the back office with a second factor: administrators and editors, whose
	 * accounts can change what the public reads and who may sign in. Fachstelle and provider accounts need none.
	 */
	public boolean needsSecondFactor() {
		return roles.contains(Role.ADMIN) || roles.contains(Role.EDITOR);
	}

	public boolean hasSecondFactor() {
		return totpSecret != null;
	}

	/**
	 * Sets up the second factor: the Base32 TOTP secret the owner's app now holds, the step of the code that
	 * confirmed it (or null when set up without one, as test fixtures do) and the hashes of fresh recovery codes.
	 */
	public void enrolSecondFactor(String secret, @Nullable Long confirmedStep, Set<String> recoveryHashes) {
		this.totpSecret = secret;
		this.totpLastStep = confirmedStep;
		this.recoveryCodeHashes.clear();
		this.recoveryCodeHashes.addAll(recoveryHashes);
	}

	/** Removes the second factor (an administrator's reset); the next sign-in sets up a new one. */
	void resetSecondFactor() {
		this.totpSecret = null;
		this.totpLastStep = null;
		this.recoveryCodeHashes.clear();
	}

	@Nullable String totpSecret() {
		return totpSecret;
	}

	OptionalLong totpLastStep() {
		return totpLastStep == null ? OptionalLong.empty() : OptionalLong.of(totpLastStep);
	}

	void acceptTotpStep(long step) {
		this.totpLastStep = step;
	}

	/** Uses up a recovery code; false if no unused code has this hash. */
	boolean useRecoveryCode(String hash) {
		return recoveryCodeHashes.remove(hash);
	}

	int recoveryCodesLeft() {
		return recoveryCodeHashes.size();
	}

	public CurrentAccount asCurrent() {
		return new CurrentAccount(new AccountId(id), displayName, Set.copyOf(roles));
	}

	public UUID id() {
		return id;
	}

	public String login() {
		return login;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant lastSignInAt() {
		return lastSignInAt;
	}
}
