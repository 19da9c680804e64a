package org.integrationskompass.conference.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.integrationskompass.conference.domain.ConferenceSession;
import org.integrationskompass.conference.domain.ConferenceSessionRepository;
import org.integrationskompass.conference.domain.MemberRepository;
import org.integrationskompass.conference.domain.WorkingGroupRepository;
import org.integrationskompass.plan.PlanCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** A first start with demo content has the seven working groups, members and two sessions linked to the plan, once. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=true")
class DemoConferenceTests {

	@Autowired
	DemoConference demo;

	@Autowired
	WorkingGroupRepository groups;

	@Autowired
	MemberRepository members;

	@Autowired
	ConferenceSessionRepository sessions;

	@Autowired
	PlanCatalog plan;

	@Test
	void fillsTheSevenWorkingGroupsUnderThePlansAddressesWithMembersAndResultsLinkedToDemoMeasuresOnce() {
		var slugs = plan.findMeasures().stream().map(m -> m.fieldOfActionSlug()).distinct().toList();
		assertThat(groups.findAllByOrderByPosition()).hasSize(7)
			.allSatisfy(group -> assertThat(group.memberIds()).isNotEmpty())
			.allSatisfy(group -> assertThat(slugs).contains(group.slug()));
		assertThat(members.findAll()).filteredOn(member -> member.organisationId() != null).hasSizeGreaterThanOrEqualTo(10);
		var demoSessions = sessions.findByPublishedTrueOrderByStartsAtDesc().stream()
			.filter(s -> s.slug().startsWith("2026-05-20-") || s.slug().startsWith("2026-09-16-")).toList();
		assertThat(demoSessions).extracting(ConferenceSession::kind).map(Enum::name)
			.containsExactlyInAnyOrder("PLENARY", "WORKING_GROUP");
		var measureIds = plan.findMeasures().stream().map(m -> m.id().value()).toList();
		assertThat(demoSessions).allSatisfy(session -> {
			assertThat(session.agenda()).isNotEmpty();
			assertThat(session.minutes().get("de")).isPresent();
			assertThat(session.results()).isNotEmpty()
				.allSatisfy(result -> assertThat(measureIds).contains(result.measureId()));
		});

		var before = members.count() + groups.count();
		demo.run(new DefaultApplicationArguments());
		assertThat(members.count() + groups.count()).as("a second start adds nothing").isEqualTo(before);
	}
}
