package no.retthylle.analysis.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupKeyTest {

    @Test
    void sortsByGroupTypeInOutputOrderThenByGroupName() {
        List<GroupKey> shuffled = List.of(GroupKey.of("gender", "female"), GroupKey.of("arm", "mentor_only"),
                GroupKey.of("cohort", "2"), GroupKey.of("track", "3"), GroupKey.of("cohort", "10"),
                GroupKey.of("all", "all"), GroupKey.of("arm", "mentor_internship"));

        assertEquals(List.of(GroupKey.of("all", "all"), GroupKey.of("cohort", "10"), GroupKey.of("cohort", "2"),
                GroupKey.of("track", "3"), GroupKey.of("arm", "mentor_internship"),
                GroupKey.of("arm", "mentor_only"), GroupKey.of("gender", "female")),
                shuffled.stream().sorted().toList());
    }

    @Test
    void rejectsUnknownGroupTypes() {
        assertThrows(IllegalArgumentException.class, () -> GroupKey.of("municipality", "5001"));
    }
}
