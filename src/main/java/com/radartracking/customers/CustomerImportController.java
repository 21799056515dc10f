package com.radartracking.customers;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports/customers} (Admins): the CSV as the raw body ({@code text/csv}) or as the
 * {@code file} part of a multipart form, with the options as query parameters or form fields:
 * {@code mapping} (JSON, field to header), {@code mode} (keep-valid | all-or-nothing), {@code dryRun},
 * {@code charset}, {@code delimiter}, {@code pointsProgramId}, {@code stampsProgramId}, {@code fileName}.
 * Answers 200 with the report once rows were processed (whatever their errors); a file refused as a
 * whole (encoding, structure, columns, size) is a 4xx JSON error and nothing is written.
 */
@RestController
@RequestMapping("/api/imports")
class CustomerImportController {

    private final CustomerImportService imports;

    CustomerImportController(CustomerImportService imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/customers", consumes = {"text/csv", "text/plain", "application/csv",
            "application/octet-stream", "application/vnd.ms-excel", "text/tab-separated-values"})
    Map<String, Object> raw(HttpServletRequest request, @RequestParam Map<String, String> params) throws IOException {
        CurrentActor.requireRole(Role.ADMIN);
        if (request.getContentLengthLong() > imports.maxBytes()) {
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "The file exceeds the limit of " + imports.maxBytes()
                    + " bytes; split the file", Map.of("field", "file", "maximum", imports.maxBytes()));
        }
        Map<String, String> withCharset = new java.util.HashMap<>(params);
        if (withCharset.get("charset") == null) {
            // text/csv;charset=windows-1252 says it as well as the parameter would.
            try {
                java.nio.charset.Charset declared = MediaType.parseMediaType(request.getContentType()).getCharset();
                if (declared != null) {
                    withCharset.put("charset", declared.name());
                }
            } catch (IllegalArgumentException e) {
                throw CustomerException.badInput("Content-Type", "The Content-Type header cannot be read");
            }
        }
        ImportOptions options = options(withCharset, params.get("fileName"));
        try (InputStream body = request.getInputStream()) {
            return imports.importCustomers(body, options);
        }
    }

    @PostMapping(value = "/customers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> multipart(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam Map<String, String> params) throws IOException {
        CurrentActor.requireRole(Role.ADMIN);
        if (file == null) {
            throw CustomerException.badInput("file", "Send the CSV as the multipart part named 'file'");
        }
        ImportOptions options = options(params, params.getOrDefault("fileName", file.getOriginalFilename()));
        try (InputStream body = file.getInputStream()) {
            return imports.importCustomers(body, options);
        }
    }

    /**
     * A multipart body that cannot be parsed (parts are read lazily, when the handler asks for them, so the
     * failure lands here) is the client's mistake: 400 in the JSON error shape, not a 500.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    org.springframework.http.ResponseEntity<String> unreadableMultipart(
            org.springframework.web.multipart.MultipartException e) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return org.springframework.http.ResponseEntity.status(413).contentType(MediaType.APPLICATION_JSON)
                    .body(com.radartracking.platform.web.JsonErrorResponses.body(ErrorCode.PAYLOAD_TOO_LARGE,
                            "The file exceeds the limit of " + imports.maxBytes() + " bytes; split the file",
                            Map.of("field", "file", "maximum", imports.maxBytes())));
        }
        return org.springframework.http.ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(com.radartracking.platform.web.JsonErrorResponses.body(ErrorCode.BAD_REQUEST,
                        "The multipart form could not be read; send the CSV as the part named 'file'",
                        Map.of("field", "file")));
    }

    private static ImportOptions options(Map<String, String> params, String fileName) {
        String name = fileName == null || fileName.isBlank() ? null
                : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        return new ImportOptions(name, ImportOptions.mode(params.get("mode")),
                ImportOptions.flag("dryRun", params.get("dryRun")), params.get("charset"),
                ImportOptions.delimiter(params.get("delimiter")), params.get("mapping"),
                ImportOptions.id("pointsProgramId", params.get("pointsProgramId")),
                ImportOptions.id("stampsProgramId", params.get("stampsProgramId")));
    }
}
