package org.integrationskompass.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.organisations.StaffBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * A picture over the server's upload limit (10 MB) for an issue article, through the real Tomcat: a readable
 * "input too large" page with status 413 and nothing added, not a 500 or an empty page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:newsletter-upload-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"platform.demo.enabled=false" })
class EditorUploadsAnOversizedPictureTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	IssueEditing editing;

	@Test
	void answersAPictureOverTheUploadLimitWithTheTooLargePageAndAddsNoArticle() {
		var issue = NewsletterFixtures.issue(editing, 72, "Integrationsbrief Nr. 72", "Integration letter no. 72");
		var editor = new StaffBrowser(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		var page = "/admin/integrationsbrief/" + issue.id();
		var huge = new byte[11 * 1024 * 1024];
		huge[0] = (byte) 0x89;

		var answer = editor.submit(page, page + "/artikel", Map.of("articleTitle", List.of("Mit großem Foto"),
				"body", List.of("<p>Text</p>"), "imageAlt", List.of("Ein Foto")),
				new StaffBrowser.Upload("foto.png", "image/png", huge, "image"));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("Eingabe zu groß", "Nichts wurde gespeichert");
		assertThat(editor.get(page + "/vorschau").body()).doesNotContain("Mit großem Foto");
	}
}
