/**
 * Hand-written Jakarta Bean Validation beans equivalent to collabkit's model, for the Hibernate
 * Validator peer: built-in constraints for the construction invariants, and class-level constraints
 * for the cross-entity rules that Bean Validation can express only as custom validators. Start from
 * {@link io.github.collabkit.benchmarks.peer.beans.LandscapeBean}.
 */
package io.github.collabkit.benchmarks.peer.beans;
