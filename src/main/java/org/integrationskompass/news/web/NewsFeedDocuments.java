package org.integrationskompass.news.web;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * RSS 2.0 and Atom 1.0 documents of the news, written by Rome. Entries carry the teaser as summary and the sanitised
 * body as HTML content; their id is the article's UUID as a URN, so a reader does not show an entry twice when its
 * title is corrected.
 */
final class NewsFeedDocuments {

	static final String RSS = "rss_2.0";

	static final String ATOM = "atom_1.0";

	private NewsFeedDocuments() {
	}

	/**
	 * @param selfUrl the feed's own absolute address
	 * @param pageUrl the absolute address of the list page the feed mirrors
	 */
	static String write(String type, String title, String description, String language, String selfUrl, String pageUrl,
			List<Entry> entries, Instant updated) {
		var feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setTitle(title);
		feed.setDescription(description);
		feed.setLanguage(language);
		feed.setLink(pageUrl);
		feed.setUri(selfUrl);
		var self = new SyndLinkImpl();
		self.setRel("self");
		self.setHref(selfUrl);
		self.setType(ATOM.equals(type) ? "application/atom+xml" : "application/rss+xml");
		var alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setHref(pageUrl);
		alternate.setType("text/html");
		feed.setLinks(List.of(alternate, self));
		feed.setPublishedDate(Date.from(updated));
		feed.setEntries(entries.stream().map(NewsFeedDocuments::entry).toList());
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException e) {
			throw new IllegalStateException("The news feed could not be written", e);
		}
	}

	private static SyndEntry entry(Entry source) {
		var entry = new SyndEntryImpl();
		entry.setUri("urn:uuid:" + source.id());
		entry.setTitle(source.title());
		entry.setLink(source.url());
		var summary = new SyndContentImpl();
		summary.setType("text/plain");
		summary.setValue(source.teaser());
		entry.setDescription(summary);
		var content = new SyndContentImpl();
		content.setType("html");
		content.setValue(source.bodyHtml());
		entry.setContents(List.of(content));
		entry.setPublishedDate(Date.from(source.published()));
		entry.setUpdatedDate(Date.from(source.updated()));
		var author = new SyndPersonImpl();
		author.setName(source.author());
		entry.setAuthors(List.of(author));
		entry.setCategories(source.categories().stream().map(name -> {
			var category = new SyndCategoryImpl();
			category.setName(name);
			return (com.rometools.rome.feed.synd.SyndCategory) category;
		}).toList());
		return entry;
	}

	/** One article in a feed, in the feed's language. */
	record Entry(String id, String title, String teaser, String bodyHtml, String url, String author,
			Instant published, Instant updated, List<String> categories) {

		Entry {
			Objects.requireNonNull(id);
		}
	}
}
