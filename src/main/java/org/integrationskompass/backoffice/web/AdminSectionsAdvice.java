package org.integrationskompass.backoffice.web;

import java.util.Comparator;
import java.util.List;
import org.integrationskompass.shared.web.AdminSection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Offers each staff member exactly the back-office sections their roles open ({@code adminSections}). */
@ControllerAdvice
class AdminSectionsAdvice {

	private final List<AdminSection> sections;

	AdminSectionsAdvice(List<AdminSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(AdminSection::order)).toList();
	}

	@ModelAttribute("adminSections")
	List<AdminSection> adminSections(@Nullable Authentication authentication) {
		if (authentication == null) {
			return List.of();
		}
		var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return sections.stream()
			.filter(section -> authorities.contains("ROLE_ADMIN")
					|| section.roles().stream().anyMatch(role -> authorities.contains("ROLE_" + role)))
			.toList();
	}
}
