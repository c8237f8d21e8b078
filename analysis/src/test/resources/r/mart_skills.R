# Wilcoxon p-values used as expectations in SkillsMartTest: R wilcox.test(final, baseline,
# paired = TRUE) with its defaults, on the (baseline, final) score pairs of each group and
# dimension of the test's fixture (persons A, B, C, D; see the test's comment).
# Run: Rscript mart_skills.R > mart_skills.csv
cases <- list(
  all_network = list(final = c(4, 4, 5, 3), baseline = c(2, 1, 3, 2)),          # A B C D
  all_job_qualification = list(final = c(3, 2, 5), baseline = c(1, 2, 2)),      # A B C
  cohort1_network = list(final = c(4, 4, 3), baseline = c(2, 1, 2)),            # A B D
  cohort1_job_qualification = list(final = c(3, 2), baseline = c(1, 2)),        # A B
  mentor_only_network = list(final = c(4, 5, 3), baseline = c(1, 3, 2)),        # B C D
  mentor_only_job_qualification = list(final = c(2, 5), baseline = c(2, 2)))    # B C
cat("case,wilcoxon_p\n")
for (name in names(cases)) {
  t <- suppressWarnings(wilcox.test(cases[[name]]$final, cases[[name]]$baseline, paired = TRUE))
  cat(sprintf("%s,%.15g\n", name, t$p.value))
}
