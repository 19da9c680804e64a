package org.integrationskompass.plan.admin;

import java.io.IOException;
import org.integrationskompass.plan.domain.IndicatorValues;
import org.integrationskompass.plan.domain.ValueImport;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV import of measured values: "check" reads the file and reports every row; "import" does the same and stores
 * the values only when every row is right — otherwise nothing, and the report says which rows to fix and why.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ValueImportAdminController {

	static final String IMPORT = PlanAdminController.PLAN + "/import";

	static final long MAX_BYTES = 1024 * 1024;

	private final IndicatorValues values;

	ValueImportAdminController(IndicatorValues values) {
		this.values = values;
	}

	@GetMapping(IMPORT)
	String form() {
		return "plan/admin/import";
	}

	@PostMapping(IMPORT)
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "mode", defaultValue = "check") String mode, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "plan.import.file.missing");
			return "plan/admin/import";
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("fileError", "plan.import.file.tooBig");
			return "plan/admin/import";
		}
		var content = file.getBytes();
		var storing = "import".equals(mode);
		ValueImport.Report report;
		try {
			report = storing ? values.importAll(content) : values.check(content);
		}
		catch (DataIntegrityViolationException storedMeanwhile) {
			// another import or a colleague stored a value for one of these days after the check; nothing of this file is stored
			model.addAttribute("fileError", "plan.import.file.storedMeanwhile");
			return "plan/admin/import";
		}
		if (report.fileProblem() != null) {
			model.addAttribute("fileError", report.fileProblem().messageKey());
			return "plan/admin/import";
		}
		model.addAttribute("report", report);
		model.addAttribute("stored", storing && report.ok());
		model.addAttribute("checkedOnly", !storing);
		model.addAttribute("fileName", file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
		return "plan/admin/import";
	}
}
