/**
 * A program outside collabkit that uses it as a named module.
 */
module org.example.consumer {
  requires io.github.collabkit.json;
}
