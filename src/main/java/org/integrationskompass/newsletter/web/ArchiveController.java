package org.integrationskompass.newsletter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.integrationskompass.newsletter.domain.IssueArticleRepository;
import org.integrationskompass.newsletter.domain.IssuePdfs;
import org.integrationskompass.newsletter.domain.IssueRepository;
import org.integrationskompass.newsletter.domain.IssueStatus;
import org.integrationskompass.newsletter.domain.IssueView;
import org.integrationskompass.newsletter.domain.NewsletterIssue;
import org.integrationskompass.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public archive: sent issues as web pages and PDFs, and the images of articles. */
@Controller
class ArchiveController {

	static final String ARCHIVE = SubscriptionController.PAGE + "/archiv";

	private final IssueRepository issues;

	private final IssueArticleRepository articles;

	private final IssuePdfs pdfs;

	ArchiveController(IssueRepository issues, IssueArticleRepository articles, IssuePdfs pdfs) {
		this.issues = issues;
		this.articles = articles;
		this.pdfs = pdfs;
	}

	@GetMapping(ARCHIVE)
	String archive(Model model) {
		model.addAttribute("archive", issues.findByStatusOrderByYearDescNumberDesc(IssueStatus.SENT));
		return "newsletter/archive";
	}

	@GetMapping(ARCHIVE + "/{year:\\d{4}}/{number:\\d{1,3}}")
	String show(@PathVariable int year, @PathVariable int number, Locale locale, Model model) {
		var issue = sent(year, number);
		model.addAttribute("issue", IssueView.of(issue, articles.findByIssueIdOrderByPosition(issue.id()),
				locale.getLanguage()));
		return "newsletter/show";
	}

	@GetMapping(ARCHIVE + "/{year:\\d{4}}/{number:\\d{1,3}}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, @PathVariable int number) {
		var issue = sent(year, number);
		var pdf = pdfs.find(issue.id()).orElseThrow(() -> new NotFoundException("pdf of " + issue.label()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("integrationsbrief-" + issue.year() + "-" + String.format("%02d", issue.number()) + ".pdf")
				.build()
				.toString())
			.cacheControl(CacheControl.noCache())
			.body(pdf);
	}

	/** Images of sent issues for everyone; of drafts only for staff (the preview). */
	@GetMapping(SubscriptionController.PAGE + "/bilder/{id:\\d{1,18}}")
	ResponseEntity<byte[]> image(@PathVariable long id, HttpServletRequest request) {
		var article = articles.findById(id).filter(found -> found.imageData() != null)
			.orElseThrow(() -> new NotFoundException("image " + id));
		var issue = issues.findById(article.issueId()).orElseThrow(() -> new NotFoundException("issue"));
		var staff = request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN");
		if (issue.status() == IssueStatus.DRAFT && !staff) {
			throw new NotFoundException("image of a draft");
		}
		var type = article.imageType();
		return ResponseEntity.ok()
			.contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
			.header("X-Content-Type-Options", "nosniff")
			.body(article.imageData());
	}

	private NewsletterIssue sent(int year, int number) {
		return issues.findByYearAndNumber(year, number)
			.filter(issue -> issue.status() == IssueStatus.SENT)
			.orElseThrow(() -> new NotFoundException("issue " + number + "/" + year));
	}
}
