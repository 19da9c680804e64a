package org.integrationskompass.regions.web;

import java.util.List;
import org.integrationskompass.regions.RegionDirectory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the credit lines of the imported open data ({@code dataAttributions}); the page footer shows
 * them, as ODbL, dl-de/by-2-0 and CC BY require.
 */
@ControllerAdvice
class DataAttributionAdvice {

	private final RegionDirectory regions;

	DataAttributionAdvice(RegionDirectory regions) {
		this.regions = regions;
	}

	@ModelAttribute("dataAttributions")
	List<String> dataAttributions() {
		return regions.attributions();
	}
}
