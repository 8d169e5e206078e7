package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.LandscapeLineReader;
import io.github.collabkit.json.LandscapeLineWriter;
import io.github.collabkit.model.Landscape;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.testing.LandscapeGenerator;
import io.github.collabkit.validate.LandscapeValidator;

/**
 * collabkit's {@link LandscapeValidator} and {@link CollabkitJson} (lookups and resolution are {@link
 * CollabkitIndexPeer}).
 */
final class CollabkitPeer implements LandscapeValidation, DocumentCodec {
  private static final CollabkitJson JSON = CollabkitJson.standard();
  private static final LandscapeValidator VALIDATOR = LandscapeValidator.create().asOf(LandscapeGenerator.AS_OF);

  private final Landscape landscape;

  CollabkitPeer(Landscape landscape) {
    this.landscape = landscape;
    // Build the landscape's lazy index now, not in the first measured call.
    landscape.organization(OrganizationRef.of("warm-up"));
  }

  @Override
  public int validate() {
    return VALIDATOR.validate(landscape).violations().size();
  }

  @Override
  public void writeDocument(OutputStream out) {
    JSON.writeLandscape(landscape, out);
  }

  @Override
  public void writeLines(OutputStream out) {
    try (LandscapeLineWriter writer = JSON.lineWriter(out, landscape)) {
      writer.writeAll(landscape);
    }
  }

  @Override
  public Object readDocument(byte[] json) {
    return JSON.readLandscape(new ByteArrayInputStream(json));
  }

  @Override
  public Object readLines(byte[] lines) {
    try (LandscapeLineReader reader = JSON.lineReader(new ByteArrayInputStream(lines))) {
      return reader.readAll();
    }
  }
}
