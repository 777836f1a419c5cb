package org.folio.access.ill.settings;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an RSA public key in PEM (-----BEGIN PUBLIC KEY-----, X.509 SubjectPublicKeyInfo). */
public final class RsaPublicKeys {
  private static final Pattern PEM = Pattern.compile(
      "^\\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----\\s*$");

  private RsaPublicKeys() {}

  /** The key; IllegalArgumentException saying why when the text is not an RSA public key in PEM. */
  public static RSAPublicKey parse(String pem) {
    Matcher m = PEM.matcher(pem);
    if (!m.matches()) {
      throw new IllegalArgumentException("is not a PEM public key (-----BEGIN PUBLIC KEY----- ... -----END PUBLIC KEY-----)");
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(m.group(1).replaceAll("\\s", ""));
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("holds no RSA public key");
    }
  }
}
