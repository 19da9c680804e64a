package org.integrationskompass.contracts;

import java.time.LocalDate;

/**
 * A signed integration contract became public (published with its signing date). Published once per contract,
 * not again when it is edited or published anew, so news and newsletter can announce it once.
 */
public record ContractSigned(ContractId contract, LocalDate signedOn) {
}
