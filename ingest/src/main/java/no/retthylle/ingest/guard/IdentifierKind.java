package no.retthylle.ingest.guard;

/** What a cell was recognised as; {@link #description} is for messages to an analyst. */
public enum IdentifierKind {
    NATIONAL_ID("a Norwegian national identity number (fødselsnummer or D-number)"),
    EMAIL("an e-mail address"),
    PHONE("a Norwegian phone number");

    private final String description;

    IdentifierKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
