package org.integrationskompass.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The sending of one issue. {@code lastSubscriberId} is the persisted position: every active subscriber with an id
 * up to it has been sent the issue. It moves in the same transaction that counts a batch as sent, and only the
 * instance holding the lease may move it.
 */
@Entity
@Table(name = "newsletter_send_run")
public class SendRun {

	@Id
	@Column(name = "issue_id")
	private long issueId;

	@Column(nullable = false)
	private String status;

	@Column(name = "last_subscriber_id", nullable = false)
	private long lastSubscriberId;

	@Column(name = "max_subscriber_id", nullable = false)
	private long maxSubscriberId;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int sent;

	@Column(nullable = false)
	private int failed;

	@Column(name = "lease_owner")
	private @Nullable String leaseOwner;

	@Column(name = "lease_until")
	private @Nullable Instant leaseUntil;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	protected SendRun() {
		this.status = "RUNNING";
		this.startedAt = Instant.EPOCH;
	}

	SendRun(long issueId, long maxSubscriberId, int total, Instant now) {
		this();
		this.issueId = issueId;
		this.maxSubscriberId = maxSubscriberId;
		this.total = total;
		this.startedAt = now;
	}

	public long issueId() {
		return issueId;
	}

	public boolean done() {
		return "DONE".equals(status);
	}

	public long lastSubscriberId() {
		return lastSubscriberId;
	}

	public long maxSubscriberId() {
		return maxSubscriberId;
	}

	public int total() {
		return total;
	}

	public int sent() {
		return sent;
	}

	public int failed() {
		return failed;
	}

	/** Per cent of the subscribers dealt with (sent or failed). */
	public int percent() {
		return total == 0 ? 100 : Math.min(100, (int) ((sent + failed) * 100L / total));
	}

	public Instant startedAt() {
		return startedAt;
	}

	public @Nullable Instant finishedAt() {
		return finishedAt;
	}
}
