/**
 * The application jar submitted to a real Spark standalone cluster (a master and two workers
 * started from the project's own Spark jars on 127.0.0.1), compared with a local-mode run.
 */
package no.retthylle.cluster;
