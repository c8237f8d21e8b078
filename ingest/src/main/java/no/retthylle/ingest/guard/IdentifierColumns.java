package no.retthylle.ingest.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column names that announce a direct identifier: {@code fnr}, {@code fodselsnummer},
 * {@code fødselsnummer}, {@code personnummer}, {@code ssn}, {@code name}, {@code navn},
 * {@code fornavn}, {@code etternavn}, {@code email}, {@code e-post}, {@code epost},
 * {@code phone}, {@code telefon}, {@code mobil}, {@code address}, {@code adresse}.
 *
 * <p>Case is ignored. A name matches when it is one of these, when it is one of them with
 * {@code _} or a space in place of the hyphen ({@code E_post}), or when one of its words
 * (split at {@code _}, {@code -}, {@code .} or spaces) is one of them ({@code mentor_name},
 * {@code phone_number}, {@code epost_adresse}). No column of the records contract matches.
 */
public final class IdentifierColumns {

    private static final Set<String> NAMES = Set.of(
            "fnr", "fodselsnummer", "fødselsnummer", "personnummer", "ssn", "name", "navn",
            "fornavn", "etternavn", "email", "e-post", "epost", "phone", "telefon", "mobil",
            "address", "adresse");

    private IdentifierColumns() {
    }

    /** Whether a header cell names a direct identifier. */
    public static boolean isIdentifier(String columnName) {
        String name = columnName.strip().toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        candidates.add(name);
        candidates.add(name.replace('_', '-').replace(' ', '-'));
        candidates.addAll(Arrays.asList(name.split("[\\s_.-]+")));
        return candidates.stream().anyMatch(NAMES::contains);
    }
}
