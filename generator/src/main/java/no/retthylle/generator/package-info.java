/**
 * Synthetic drops at national scale, for load tests and for checking the analysis against
 * a known answer: {@link no.retthylle.generator.GenerateJob} streams persons drawn from an
 * explicit model (covariates, selection into the mentor programme, a logistic outcome
 * model with a true effect of mentoring and internships) into the six record files of
 * {@code shared/spec/records.md}. {@link no.retthylle.generator.TrueEffect} states the
 * effect the comparison of {@code metrics.md} should recover. No real persons: every id is
 * a pseudonym with letters in it.
 */
package no.retthylle.generator;
