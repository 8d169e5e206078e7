/**
 * Internals of collabkit's JSON, not exported: the codecs of the model types ({@link
 * io.github.collabkit.json.internal.ModelCodecs}), the read state ({@link
 * io.github.collabkit.json.internal.ModelReader}) and the adapters to Jackson.
 */
package io.github.collabkit.json.internal;
