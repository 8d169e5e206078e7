package io.github.collabkit.json.data;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.Landscape;
import java.io.InputStream;

/**
 * The dataset of the Dutch university medical centres that ships in the jar: where it is, how to
 * open it, and the copy read once and kept.
 */
public final class BundledLandscape {

  /** The resource name, without a leading slash, as {@link ClassLoader#getResource} takes it. */
  public static final String RESOURCE = "io/github/collabkit/json/data/dutch-umc-landscape.json";

  private BundledLandscape() {}

  /**
   * Opens the document as it is in the jar.
   *
   * @return the document's bytes, to be closed by the caller
   * @throws CollabkitException when the jar holds no bundled dataset
   */
  public static InputStream open() {
    InputStream in = BundledLandscape.class.getResourceAsStream("/" + RESOURCE);
    if (in == null) {
      throw missing();
    }
    return in;
  }

  /**
   * Returns the dataset, read by the standard {@link CollabkitJson} on first use and kept.
   *
   * @return the dataset
   * @throws CollabkitException when the jar holds no bundled dataset
   */
  public static Landscape get() {
    // Checked before the holder class initializes: an exception thrown there would reach the caller
    // as ExceptionInInitializerError, and as NoClassDefFoundError on every later call.
    if (BundledLandscape.class.getResource("/" + RESOURCE) == null) {
      throw missing();
    }
    return Holder.LANDSCAPE;
  }

  private static CollabkitException missing() {
    return new CollabkitException("the bundled dataset " + RESOURCE + " is not in the jar");
  }

  private static final class Holder {
    static final Landscape LANDSCAPE = CollabkitJson.standard().readLandscape(open());
  }
}
