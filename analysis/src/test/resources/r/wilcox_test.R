# Golden values for WilcoxonSignedRank: R wilcox.test(final, baseline, paired = TRUE) with its
# defaults (exact below 50 non-zero differences without ties or zeros, else the normal
# approximation with continuity correction and tie correction, zero differences dropped).
# Vectors are written space-separated. Run: Rscript wilcox_test.R > wilcox_test.csv
big <- (1:55) * ifelse((1:55) %% 3 == 0, -1, 1) + 0.25
cases <- list(
  exact_depression = list(c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30),
                          c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)),
  exact_two_pairs = list(c(3, 5), c(1, 2)),
  exact_twelve = list(c(12.1, 9.4, 15.2, 8.8, 10.05, 13.3, 7.7, 11.6, 14.45, 9.9, 10.8, 12.95),
                      c(10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0)),
  ties = list(c(3, 4, 6, 2, 4, 7, 5, 1, 5, 4), c(2, 2, 5, 3, 1, 4, 3, 2, 1, 6)),
  zeros = list(c(1.5, 2, 3.25, 4, 7), c(1, 1, 1, 4, 1)),
  scores = list(c(3, 4, 4, 5, 2, 3, 4, 5, 3, 4, 2, 5, 4, 3, 4),
                c(2, 2, 4, 3, 2, 1, 3, 4, 3, 2, 3, 3, 2, 3, 1)),
  one_nonzero = list(c(2, 3, 4), c(2, 3, 1)),
  all_zero = list(c(1, 2, 3), c(1, 2, 3)),
  fifty_five = list(big, rep(0, 55)))
cat("case,final,baseline,exact,p_value\n")
for (name in names(cases)) {
  f <- cases[[name]][[1]]; b <- cases[[name]][[2]]
  t <- suppressWarnings(wilcox.test(f, b, paired = TRUE))
  exact <- as.integer(grepl("exact", t$method))
  cat(sprintf("%s,%s,%s,%d,%s\n", name, paste(sprintf("%.15g", f), collapse = " "),
              paste(sprintf("%.15g", b), collapse = " "), exact,
              ifelse(is.na(t$p.value), "NaN", sprintf("%.15g", t$p.value))))
}
