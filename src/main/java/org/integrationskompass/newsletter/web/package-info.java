@NullMarked
package org.integrationskompass.newsletter.web;

import org.jspecify.annotations.NullMarked;
