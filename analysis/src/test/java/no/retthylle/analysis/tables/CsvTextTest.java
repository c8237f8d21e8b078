package no.retthylle.analysis.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void writesHeaderAndRowsInGroupOrderWithNewlineEndings() {
        SelfSufficiencyTable table = new SelfSufficiencyTable(List.of(
                new SelfSufficiencyTable.Row(GroupKey.of("gender", "female"), 4, 1, 2, 1),
                new SelfSufficiencyTable.Row(GroupKey.of("all", "all"), 5, 2, 2, 1)));

        assertEquals("group_type,group,n_job,full,subsidised,partial\n"
                + "all,all,5,2,2,1\n"
                + "gender,female,4,1,2,1\n", CsvText.of(table));
    }

    @Test
    void quotesCellsHoldingSeparatorsOrQuotes() {
        SelfSufficiencyTable table = new SelfSufficiencyTable(List.of(
                new SelfSufficiencyTable.Row(GroupKey.of("cohort", "a,\"b\""), 1, 1, 0, 0)));

        assertEquals("group_type,group,n_job,full,subsidised,partial\n"
                + "cohort,\"a,\"\"b\"\"\",1,1,0,0\n", CsvText.of(table));
    }

    @Test
    void emptyTableIsTheHeaderAlone() {
        assertEquals("group_type,group,n_job,full,subsidised,partial\n",
                CsvText.of(new SelfSufficiencyTable(List.of())));
    }
}
