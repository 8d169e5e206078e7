/**
 * The dataset of the Dutch university medical centres that ships in the jar ({@code
 * dutch-umc-landscape.json}) and the class that reads it. Not exported: read the dataset with
 * {@link io.github.collabkit.json.CollabkitJson#bundledLandscape()}. The package is opened, so the
 * document itself can be read as a resource on the module path too, by the name {@link
 * io.github.collabkit.json.CollabkitJson#BUNDLED_LANDSCAPE}.
 */
package io.github.collabkit.json.data;
