/** Spark plumbing shared by the jobs: building a session and loading SQL models from resources. */
package no.retthylle.spark;
