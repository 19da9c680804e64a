package org.integrationskompass.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One issue of the Integrationsbrief, "Nr. NN/YYYY". Every text part is a {@link LocalizedText}: a subscriber reads
 * their language and German where a part has no variant. Editable only while it is a draft, so a sent issue never
 * changes.
 */
@Entity
@Table(name = "newsletter_issue")
public class NewsletterIssue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "issue_number", nullable = false)
	private int number;

	@Column(name = "issue_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(name = "published_on", nullable = false)
	private LocalDate publishedOn;

	@Column(nullable = false)
	private LocalizedText editorial;

	@Column(name = "editorial_signer", nullable = false)
	private String editorialSigner;

	@Column(name = "editorial_role", nullable = false)
	private LocalizedText editorialRole;

	@Column(name = "column_title", nullable = false)
	private LocalizedText columnTitle;

	@Column(name = "column_body", nullable = false)
	private LocalizedText columnBody;

	@Column(nullable = false)
	private LocalizedText quote;

	@Column(name = "quote_by", nullable = false)
	private String quoteBy;

	@Column(nullable = false)
	private LocalizedText publisher;

	@Column(nullable = false)
	private String responsible;

	@Column(nullable = false)
	private LocalizedText editors;

	@Column(nullable = false)
	private LocalizedText contact;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IssueStatus status;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected NewsletterIssue() {
		this.title = LocalizedText.empty();
		this.publishedOn = LocalDate.EPOCH;
		this.editorial = LocalizedText.empty();
		this.editorialSigner = "";
		this.editorialRole = LocalizedText.empty();
		this.columnTitle = LocalizedText.empty();
		this.columnBody = LocalizedText.empty();
		this.quote = LocalizedText.empty();
		this.quoteBy = "";
		this.publisher = LocalizedText.empty();
		this.responsible = "";
		this.editors = LocalizedText.empty();
		this.contact = LocalizedText.empty();
		this.status = IssueStatus.DRAFT;
		this.createdAt = Instant.EPOCH;
	}

	NewsletterIssue(int number, int year, Instant now) {
		this();
		this.number = number;
		this.year = year;
		this.createdAt = now;
	}

	/** Sets the parts in one language; the other languages' variants stay. */
	void edit(String language, IssueText text) {
		this.number = text.number();
		this.year = text.year();
		this.publishedOn = text.publishedOn();
		this.editorialSigner = text.editorialSigner();
		this.quoteBy = text.quoteBy();
		this.responsible = text.responsible();
		this.title = set(title, language, text.title());
		this.editorial = set(editorial, language, text.editorialHtml());
		this.editorialRole = set(editorialRole, language, text.editorialRole());
		this.columnTitle = set(columnTitle, language, text.columnTitle());
		this.columnBody = set(columnBody, language, text.columnHtml());
		this.quote = set(quote, language, text.quote());
		this.publisher = set(publisher, language, text.publisher());
		this.editors = set(editors, language, text.editors());
		this.contact = set(contact, language, text.contact());
	}

	static LocalizedText set(LocalizedText current, String language, String value) {
		var values = new java.util.LinkedHashMap<>(current.asMap());
		if (value.isBlank()) {
			values.remove(language);
		}
		else {
			values.put(language, value);
		}
		return LocalizedText.of(values);
	}

	void startSending() {
		this.status = IssueStatus.SENDING;
	}

	void sent(Instant now) {
		this.status = IssueStatus.SENT;
		this.sentAt = now;
	}

	public long id() {
		return id == null ? 0 : id;
	}

	public int number() {
		return number;
	}

	public int year() {
		return year;
	}

	/** "Nr. 41/2021": the number with two digits at least. */
	public String label() {
		return String.format("%02d/%d", number, year);
	}

	public LocalizedText title() {
		return title;
	}

	public LocalDate publishedOn() {
		return publishedOn;
	}

	public LocalizedText editorial() {
		return editorial;
	}

	public String editorialSigner() {
		return editorialSigner;
	}

	public LocalizedText editorialRole() {
		return editorialRole;
	}

	public LocalizedText columnTitle() {
		return columnTitle;
	}

	public LocalizedText columnBody() {
		return columnBody;
	}

	public LocalizedText quote() {
		return quote;
	}

	public String quoteBy() {
		return quoteBy;
	}

	public LocalizedText publisher() {
		return publisher;
	}

	public String responsible() {
		return responsible;
	}

	public LocalizedText editors() {
		return editors;
	}

	public LocalizedText contact() {
		return contact;
	}

	public IssueStatus status() {
		return status;
	}

	public boolean editable() {
		return status == IssueStatus.DRAFT;
	}

	public @Nullable Instant sentAt() {
		return sentAt;
	}
}
