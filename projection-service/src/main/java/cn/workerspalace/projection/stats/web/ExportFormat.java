package cn.workerspalace.projection.stats.web;

import cn.workerspalace.projection.export.CsvExport;
import cn.workerspalace.projection.export.XlsxExport;
import cn.workerspalace.projection.web.InvalidParameterException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * How a table is answered: JSON, CSV or .xlsx. The {@code format} parameter wins; otherwise the {@code Accept}
 * header decides, by quality and then specificity, and JSON is the answer to no header or a wildcard.
 */
enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(MediaType.parseMediaType(CsvExport.MEDIA_TYPE + ";charset=UTF-8"), "csv"),
    XLSX(MediaType.parseMediaType(XlsxExport.MEDIA_TYPE), "xlsx");

    static final String PARAMETER_DESCRIPTION = "json, csv (UTF-8 with BOM) or xlsx; overrides the Accept header "
            + "(application/json, text/csv or " + XlsxExport.MEDIA_TYPE + ")";

    final MediaType mediaType;
    final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat negotiate(String format, String accept) throws HttpMediaTypeNotAcceptableException {
        if (format != null) {
            for (ExportFormat candidate : values()) {
                if (candidate.extension.equals(format.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw new InvalidParameterException("format", "must be json, csv or xlsx");
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparingInt(type -> type.isWildcardType() ? 2 : type.isWildcardSubtype() ? 1 : 0));
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (ExportFormat candidate : values()) {
                if (type.isCompatibleWith(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(JSON.mediaType, CSV.mediaType, XLSX.mediaType));
    }
}
