@NullMarked
package org.integrationskompass.backoffice.web;

import org.jspecify.annotations.NullMarked;
