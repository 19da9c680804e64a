package org.integrationskompass.regions.web;

import java.time.Duration;
import org.integrationskompass.regions.RegionDirectory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Kreis outlines as one SVG file that the map fragment ({@code regions/map.html}) refers to. Its address carries
 * the outlines' version ({@code ?v=}), so browsers keep it for a day without ever drawing old outlines.
 */
@Controller
class KreisOutlinesController {

	private final RegionDirectory regions;

	KreisOutlinesController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping("/karten/kreise.svg")
	ResponseEntity<String> outlines() {
		var map = regions.kreisMap();
		if (map.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.eTag(map.version())
			.body(map.outlineFile());
	}
}
