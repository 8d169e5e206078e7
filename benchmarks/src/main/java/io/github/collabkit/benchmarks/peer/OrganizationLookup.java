package io.github.collabkit.benchmarks.peer;

/**
 * Every exact lookup a lookup peer offers: by key, by identifier, by name and by prefix. The lookup
 * benchmarks share one peer of this type per landscape (see {@code LookupState}).
 */
public interface OrganizationLookup extends KeyLookup, IdentifierLookup, NameLookup, PrefixCompletion {}
