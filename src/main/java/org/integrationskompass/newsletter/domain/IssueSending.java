package org.integrationskompass.newsletter.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.integrationskompass.shared.mail.MailComposer;
import org.integrationskompass.shared.mail.MailTemplate;
import org.integrationskompass.shared.mail.OutgoingMail;
import org.integrationskompass.shared.mail.RenderedMail;
import org.integrationskompass.shared.web.SiteLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an issue to every subscriber who was active when sending started, in batches in order of subscriber id.
 *
 * <p>The guarantee: after a batch went to the SMTP server, one transaction moves the run's position
 * ({@link SendRun#lastSubscriberId()}) past it. If the instance dies between the SMTP server's acceptance and that
 * commit, the batch in flight is sent again when the run resumes; no other subscriber ever gets a second copy and
 * nobody is skipped. So every subscriber gets exactly one copy, except that up to {@code batch-size} subscribers of
 * the one batch in flight at a crash may get two. A graceful shutdown finishes the batch in flight first and gives
 * exactly one copy. A subscriber who unsubscribes during the run gets nothing from the next batch on.
 *
 * <p>Only the instance holding the run's lease (a conditional update) sends; it renews the lease with every batch.
 * Another instance takes over a run whose lease expired ({@code platform.newsletter.lease}), e.g. after a crash.
 */
@Service
public class IssueSending implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IssueSending.class);

	/** Stands for each subscriber's own unsubscribe address in an issue rendered once per language. */
	static final String UNSUBSCRIBE_PLACEHOLDER = "urn:x-newsletter-unsubscribe";

	public static final String UNSUBSCRIBE_PATH = "/integrationsbrief/abmelden/";

	private final String owner = UUID.randomUUID().toString();

	private final IssueRepository issues;

	private final IssueArticleRepository articles;

	private final SubscriptionRepository subscriptions;

	private final SendRunRepository runs;

	private final IssuePdfs pdfs;

	private final MailComposer composer;

	private final SiteLanguages site;

	private final NewsletterSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "newsletter-send");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final AtomicBoolean busy = new AtomicBoolean();

	IssueSending(IssueRepository issues, IssueArticleRepository articles, SubscriptionRepository subscriptions,
			SendRunRepository runs, IssuePdfs pdfs, MailComposer composer, SiteLanguages site,
			NewsletterSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.issues = issues;
		this.articles = articles;
		this.subscriptions = subscriptions;
		this.runs = runs;
		this.pdfs = pdfs;
		this.composer = composer;
		this.site = site;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Starts sending a draft to the subscribers active now and freezes it (its PDF is made in the same
	 * transaction). False when the issue is not a draft (sent already, or started by someone else a moment ago).
	 */
	public boolean start(long issueId) {
		var started = Boolean.TRUE.equals(transactions.execute(status -> issues.findById(issueId)
			.filter(NewsletterIssue::editable)
			.map(issue -> {
				issue.startSending();
				var max = subscriptions.maxId();
				runs.save(new SendRun(issueId, max, (int) subscriptions.countActiveUpTo(max), clock.instant()));
				pdfs.store(issue, articles.findByIssueIdOrderByPosition(issueId));
				issues.flush();
				return true;
			})
			.orElse(false)));
		if (started) {
			kick();
		}
		return started;
	}

	public Optional<SendRun> run(long issueId) {
		return runs.findById(issueId);
	}

	private void kick() {
		try {
			sender.execute(this::sendRunning);
		}
		catch (RejectedExecutionException shuttingDown) {
			// the job (here or on another instance) resumes the run
		}
	}

	/** Resumes runs left by a restart or by another instance whose lease expired. */
	@Scheduled(fixedDelayString = "${platform.newsletter.send-check:PT10S}", initialDelayString = "${platform.newsletter.send-initial-delay:PT5S}")
	void resume() {
		kick();
	}

	void sendRunning() {
		if (stopping.get() || !busy.compareAndSet(false, true)) {
			return;
		}
		try {
			var running = transactions.execute(status -> runs.findRunning());
			for (var issueId : running == null ? List.<Long>of() : running) {
				var leased = transactions.execute(status -> runs.lease(issueId, owner, clock.instant(),
						clock.instant().plus(settings.lease())));
				if (leased != null && leased == 1) {
					send(issueId);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Newsletter sending interrupted, resumes with the next check: {}", e.toString());
		}
		finally {
			busy.set(false);
		}
	}

	private void send(long issueId) {
		var run = runs.findById(issueId).orElseThrow();
		var issue = issues.findById(issueId).orElseThrow();
		var issueArticles = articles.findByIssueIdOrderByPosition(issueId);
		var templates = new HashMap<String, MailTemplate>();
		var position = run.lastSubscriberId();
		var started = System.nanoTime();
		var sentHere = 0L;
		log.info("Sending newsletter {} from subscriber {} on", issue.label(), position);
		while (!stopping.get()) {
			var from = position;
			var batch = transactions.execute(status -> subscriptions.findActiveAfter(from, run.maxSubscriberId(),
					Limit.of(settings.batchSize())));
			if (batch == null || batch.isEmpty()) {
				transactions.executeWithoutResult(status -> {
					if (runs.finish(issueId, owner, clock.instant()) == 1) {
						issues.findById(issueId).ifPresent(found -> found.sent(clock.instant()));
					}
				});
				log.info("Newsletter {} sent", issue.label());
				return;
			}
			var mails = new ArrayList<MailTemplate.Personal>(batch.size());
			for (var subscriber : batch) {
				var template = templates.computeIfAbsent(language(subscriber.language()),
						language -> composer.template(render(issue, issueArticles, language), UNSUBSCRIBE_PLACEHOLDER));
				mails.add(personalise(template, subscriber));
			}
			var failures = composer.sendAllFromTemplates(mails);
			if (failures.size() == mails.size() && failures.values().stream().distinct().count() == 1) {
				// One failure for the whole batch: the mail server is unreachable, not an address. Keep the position
				// and try again with the next check, so that an outage delays the issue and loses nobody.
				log.warn("Newsletter {} paused, the mail server did not take the batch: {}", issue.label(),
						failures.values().iterator().next().toString());
				transactions.execute(status -> runs.release(issueId, owner));
				return;
			}
			failures.values().stream().findFirst()
				.ifPresent(e -> log.warn("{} newsletter mails of a batch not sent: {}", failures.size(), e.toString()));
			var last = batch.get(batch.size() - 1).id();
			var advanced = transactions.execute(status -> runs.advance(issueId, owner, last,
					batch.size() - failures.size(), failures.size(), clock.instant().plus(settings.lease())));
			if (advanced == null || advanced == 0) {
				log.warn("Newsletter {}: another instance took over the run", issue.label());
				return;
			}
			position = last;
			sentHere += batch.size();
			pace(started, sentHere);
		}
		transactions.execute(status -> runs.release(issueId, owner));
	}

	private void pace(long startedNanos, long sent) {
		if (settings.messagesPerSecond() <= 0) {
			return;
		}
		var due = startedNanos + sent * 1_000_000_000L / settings.messagesPerSecond();
		var wait = due - System.nanoTime();
		if (wait > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				stopping.set(true);
			}
		}
	}

	private String language(String language) {
		return site.languages().contains(language) ? language : site.defaultLanguage();
	}

	/** The issue as mailed in one language, with the placeholder for the subscriber's unsubscribe link. */
	RenderedMail render(NewsletterIssue issue, List<IssueArticle> issueArticles, String language) {
		var view = IssueView.of(issue, issueArticles, language);
		return composer.render(new OutgoingMail("placeholder@example.org", Locale.forLanguageTag(language),
				"newsletter.mail.issue.subject", new Object[] { view.label(), view.title() }, "newsletter/mail/issue",
				mailVariables(view, UNSUBSCRIBE_PLACEHOLDER)));
	}

	public static Map<String, Object> mailVariables(IssueView view, String unsubscribeUrl) {
		var variables = new HashMap<String, Object>();
		variables.put("issue", view);
		variables.put("unsubscribeUrl", unsubscribeUrl);
		variables.put("editorialText", PlainText.of(view.editorialHtml()));
		variables.put("columnText", PlainText.of(view.columnHtml()));
		variables.put("articleTexts", view.articles().stream().map(a -> PlainText.of(a.bodyHtml())).toList());
		return variables;
	}

	/**
	 * The issue for one subscriber: their own unsubscribe link in text and HTML, and the one-click headers. The link
	 * opens the unsubscribe page in the subscriber's language.
	 */
	MailTemplate.Personal personalise(MailTemplate template, Subscription subscriber) {
		var unsubscribe = site.baseUrl() + site.prefixOf(language(subscriber.language())) + UNSUBSCRIBE_PATH
				+ subscriber.unsubscribeToken();
		return template.to(subscriber.email(), unsubscribe, Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
				"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
	}

	/** A test mail of the issue in one language, with an unsubscribe link that unsubscribes nobody. */
	public Map<Integer, RuntimeException> sendTest(long issueId, String language, String to) {
		var issue = issues.findById(issueId).orElseThrow();
		var template = render(issue, articles.findByIssueIdOrderByPosition(issueId), language(language));
		var unsubscribe = site.baseUrl() + site.prefixOf(language(language)) + UNSUBSCRIBE_PATH + "test";
		return composer.sendAllRendered(List.of(template.withRecipient(to,
				template.text().replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe),
				template.html().replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe), Map.of())));
	}

	/** The HTML mail as a subscriber of that language gets it, for the preview. */
	public String previewHtml(long issueId, String language) {
		var issue = issues.findById(issueId).orElseThrow();
		return render(issue, articles.findByIssueIdOrderByPosition(issueId), language(language)).html()
			.replace(UNSUBSCRIBE_PLACEHOLDER, site.baseUrl() + site.prefixOf(language(language)) + UNSUBSCRIBE_PATH + "test");
	}

	/** Finishes the batch in flight (up to a few seconds), then stops; the position is saved with each batch. */
	@Override
	public void destroy() throws InterruptedException {
		stopping.set(true);
		sender.shutdown();
		if (!sender.awaitTermination(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS)) {
			sender.shutdownNow();
		}
	}
}
