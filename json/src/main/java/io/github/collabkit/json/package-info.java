/**
 * JSON for the collabkit model. Start from {@code CollabkitJson}.
 */
package io.github.collabkit.json;
