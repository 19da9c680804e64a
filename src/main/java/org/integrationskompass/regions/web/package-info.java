@NullMarked
package org.integrationskompass.regions.web;

import org.jspecify.annotations.NullMarked;
