package vn.sonla.ntm.gateway.client;

import java.util.List;

/** A page of {@link ServiceStatus} as assessment-service answers it ({@code {items, page, size, total}}). */
public record ServiceStatusPage(List<ServiceStatus> items, int page, int size, long total) {
}
