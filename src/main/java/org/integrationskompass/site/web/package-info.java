@NullMarked
package org.integrationskompass.site.web;

import org.jspecify.annotations.NullMarked;
