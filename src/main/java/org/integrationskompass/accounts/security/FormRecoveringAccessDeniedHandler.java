package org.integrationskompass.accounts.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.integrationskompass.shared.web.FormRecovery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Forwards a form post whose CSRF token was missing or stale to the form's {@link FormRecovery} handler, so the
 * visitor keeps what they typed; every other refusal gets the ordinary 403 page.
 */
class FormRecoveringAccessDeniedHandler implements AccessDeniedHandler {

	private final List<FormRecovery> recoveries;

	private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

	FormRecoveringAccessDeniedHandler(List<FormRecovery> recoveries) {
		this.recoveries = recoveries;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException && "POST".equals(request.getMethod())) {
			var path = request.getRequestURI().substring(request.getContextPath().length());
			for (var recovery : recoveries) {
				var recoveryPath = recovery.recoveryFor(path);
				if (recoveryPath.isPresent()) {
					request.getRequestDispatcher(recoveryPath.get()).forward(request, response);
					return;
				}
			}
		}
		refusal.handle(request, response, denied);
	}
}
