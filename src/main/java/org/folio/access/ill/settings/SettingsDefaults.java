package org.folio.access.ill.settings;

import java.util.function.Consumer;
import org.folio.access.rest.model.IllSettings;

/** The defaults of the routing settings, named after the Relais D2D routing addon. */
public final class SettingsDefaults {
  private SettingsDefaults() {}

  /** A copy of the given settings (apiKey left out) with every absent property at its default. */
  public static IllSettings apply(IllSettings given) {
    IllSettings s = new IllSettings();
    fill(given.getBroker(), IllSettings.Broker.RELAIS, s::setBroker);
    fill(given.getFindItemSearchQueue(), "BorrowDirect Find Item Search", s::setFindItemSearchQueue);
    fill(given.getRequestItemSuccessfulQueue(), "Request Finished", s::setRequestItemSuccessfulQueue);
    fill(given.getRequestItemErrorQueue(), "Error requesting item via BorrowDirect", s::setRequestItemErrorQueue);
    fill(given.getAvailableLocallyQueue(), "Request Available Locally", s::setAvailableLocallyQueue);
    fill(given.getManualProcessingQueue(), "BorrowDirect Manual Processing", s::setManualProcessingQueue);
    fill(given.getManualAvailabilityProcessingQueue(), "BorrowDirect Manual Availability Processing",
        s::setManualAvailabilityProcessingQueue);
    fill(given.getErrorQueue(), "Error Processing BorrowDirect Find Item DWS", s::setErrorQueue);
    fill(given.getNotePrefix(), "BorrowDirectFindItem - ", s::setNotePrefix);
    fill(given.getPartnershipId(), "BD", s::setPartnershipId);
    fill(given.getLibrarySymbol(), "", s::setLibrarySymbol);
    fill(given.getBrokerUrl(), "", s::setBrokerUrl);
    fill(given.getTestInstance(), false, s::setTestInstance);
    fill(given.getRsaPublicKey(), "", s::setRsaPublicKey);
    fill(given.getMaximumAuthenticationAttempts(), 3, s::setMaximumAuthenticationAttempts);
    fill(given.getDocumentTypeRelaisFormatMappings(), "Book=Book,Article=Article,Thesis=thesis,Book Chapter=Book",
        s::setDocumentTypeRelaisFormatMappings);
    fill(given.getRequestItemPickupLocationMapping(), "", s::setRequestItemPickupLocationMapping);
    fill(given.getRequestItemExternalNumberMapping(), "{TableField:Transaction.TransactionNumber}",
        s::setRequestItemExternalNumberMapping);
    fill(given.getRequestItemNotesMapping(), "", s::setRequestItemNotesMapping);
    fill(given.getUserBarcodeMapping(), "{TableField:User.Barcode}", s::setUserBarcodeMapping);
    fill(given.getUserPasswordMapping(), "", s::setUserPasswordMapping);
    fill(given.getPickupLocationMapping(), "{TableField:Transaction.PickupLocation}", s::setPickupLocationMapping);
    fill(given.getUserBarcodeExternalLookupUrl(), "", s::setUserBarcodeExternalLookupUrl);
    fill(given.getUserBarcodeExternalMatch(), "", s::setUserBarcodeExternalMatch);
    fill(given.getAvailableLocallyButtonLabelText(), "", s::setAvailableLocallyButtonLabelText);
    fill(given.getRelaisReturnsProxyUrls(), false, s::setRelaisReturnsProxyUrls);
    return s;
  }

  private static <T> void fill(T given, T fallback, Consumer<T> set) {
    set.accept(given != null ? given : fallback);
  }
}
