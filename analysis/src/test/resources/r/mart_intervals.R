# Wilson bounds used as expectations in the mart tests (CompletionMartTest,
# JobAttachmentMartTest): R's prop.test without continuity correction.
# Run: Rscript mart_intervals.R > mart_intervals.csv
cases <- list(c(2, 6), c(2, 3), c(0, 3), c(0, 1), c(1, 1), c(1, 4), c(1, 5), c(2, 4),
              c(1, 3), c(4, 6), c(0, 2), c(3, 4), c(3, 5), c(2, 2), c(1, 2))
cat("x,n,ci_low,ci_high\n")
for (cs in cases) {
  t <- suppressWarnings(prop.test(cs[1], cs[2], correct = FALSE))
  cat(sprintf("%d,%d,%.15g,%.15g\n", cs[1], cs[2], t$conf.int[1], t$conf.int[2]))
}
