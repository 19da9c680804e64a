package org.integrationskompass.conference.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.conference.domain.WorkingGroup;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A working group's name and remit in three languages and the members taking part. */
record GroupForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String nameDe,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String nameEn,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String nameAr,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String remitDe,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String remitEn,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String remitAr,
		@Nullable List<String> members) {

	static final List<String> FIELDS = List.of("nameDe", "nameEn", "nameAr", "remitDe", "remitEn", "remitAr", "members");

	static GroupForm empty() {
		return new GroupForm("", "", "", "", "", "", List.of());
	}

	static GroupForm of(WorkingGroup group) {
		return new GroupForm(Texts.get(group.name(), "de"), Texts.get(group.name(), "en"), Texts.get(group.name(), "ar"),
				Texts.get(group.remit(), "de"), Texts.get(group.remit(), "en"), Texts.get(group.remit(), "ar"),
				group.memberIds().stream().map(UUID::toString).toList());
	}

	LocalizedText name() {
		return LocalizedText.of(Map.of("de", Texts.orEmpty(nameDe), "en", Texts.orEmpty(nameEn), "ar", Texts.orEmpty(nameAr)));
	}

	LocalizedText remit() {
		return LocalizedText.of(Map.of("de", Texts.orEmpty(remitDe), "en", Texts.orEmpty(remitEn), "ar", Texts.orEmpty(remitAr)));
	}

	List<String> memberIds() {
		return members == null ? List.of() : members.stream().filter(m -> m != null && !m.isBlank()).toList();
	}

	public boolean hasMember(String id) {
		return memberIds().contains(id);
	}
}
