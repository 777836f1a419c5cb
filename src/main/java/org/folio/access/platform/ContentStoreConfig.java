package org.folio.access.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where hosted files are kept: CONTENT_STORE postgres (default), directory (CONTENT_DIR) or s3 (S3_*). The access
 * keys are never in the summary or toString.
 */
public record ContentStoreConfig(String kind, String directory, URI s3Endpoint, String s3Region, String s3Bucket,
    String s3AccessKeyId, String s3SecretAccessKey, boolean s3PathStyle, int s3PartMb) {
  public static final String POSTGRES = "postgres";
  public static final String DIRECTORY = "directory";
  public static final String S3 = "s3";
  static final List<String> VARIABLES = List.of("CONTENT_STORE", "CONTENT_DIR", "S3_ENDPOINT", "S3_REGION", "S3_BUCKET",
      "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PATH_STYLE", "S3_PART_MB");

  static ContentStoreConfig from(Map<String, String> env, String dataDir) {
    String kind = env.getOrDefault("CONTENT_STORE", POSTGRES).trim().toLowerCase(Locale.ROOT);
    String directory = env.getOrDefault("CONTENT_DIR", dataDir + "/content");
    String region = env.getOrDefault("S3_REGION", "us-east-1");
    int partMb = Config.number(env, "S3_PART_MB", 8, 5, 1024);
    boolean pathStyle = Config.bool(env, "S3_PATH_STYLE", true);
    switch (kind) {
      case POSTGRES, DIRECTORY -> {
        return new ContentStoreConfig(kind, directory, null, region, null, null, null, pathStyle, partMb);
      }
      case S3 -> {
        String bucket = Config.blankToNull(env.get("S3_BUCKET"));
        String key = Config.blankToNull(env.get("S3_ACCESS_KEY_ID"));
        String secret = Config.blankToNull(env.get("S3_SECRET_ACCESS_KEY"));
        if (bucket == null || key == null || secret == null) {
          throw new Config.ConfigException("CONTENT_STORE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
        }
        return s3(endpoint(env.getOrDefault("S3_ENDPOINT", "https://s3." + region + ".amazonaws.com")), region, bucket,
            key, secret, pathStyle, partMb);
      }
      default -> throw new Config.ConfigException("CONTENT_STORE must be postgres, directory or s3, not '" + kind + "'");
    }
  }

  public static ContentStoreConfig postgres() {
    return new ContentStoreConfig(POSTGRES, "./data/content", null, "us-east-1", null, null, null, true, 8);
  }

  public static ContentStoreConfig directory(String directory) {
    return new ContentStoreConfig(DIRECTORY, directory, null, "us-east-1", null, null, null, true, 8);
  }

  public static ContentStoreConfig s3(URI endpoint, String region, String bucket, String accessKeyId, String secretAccessKey,
      boolean pathStyle, int partMb) {
    return new ContentStoreConfig(S3, null, endpoint, region, bucket, accessKeyId, secretAccessKey, pathStyle, partMb);
  }

  private static URI endpoint(String value) {
    try {
      URI uri = URI.create(value.trim());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new Config.ConfigException("S3_ENDPOINT must be an http(s) URL, not '" + value + "'");
  }

  /** The settings on one line, without the access keys. */
  public String summary() {
    return switch (kind) {
      case S3 -> "CONTENT_STORE=s3 S3_ENDPOINT=" + s3Endpoint + " S3_REGION=" + s3Region + " S3_BUCKET=" + s3Bucket
          + " S3_ACCESS_KEY_ID=******** S3_SECRET_ACCESS_KEY=******** S3_PATH_STYLE=" + s3PathStyle + " S3_PART_MB=" + s3PartMb;
      case DIRECTORY -> "CONTENT_STORE=directory CONTENT_DIR=" + directory;
      default -> "CONTENT_STORE=postgres";
    };
  }

  @Override
  public String toString() {
    return "ContentStoreConfig[" + summary() + "]";
  }
}
