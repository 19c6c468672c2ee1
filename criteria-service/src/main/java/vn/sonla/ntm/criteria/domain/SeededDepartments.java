package vn.sonla.ntm.criteria.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The sixteen department codes of DESIGN.md §7 in the 2019 structure, valid from 2016-01-01 with no end: the 2025
 * mergers are not entered here (their dates and successors are the coordination office's to record through the API).
 */
public final class SeededDepartments {

    public static final LocalDate VALID_FROM = LocalDate.of(2016, 1, 1);

    public record Entry(String code, String nameVi, String nameEn) {
        public Department toDepartment() {
            return new Department(code, nameVi, nameEn, VALID_FROM, null);
        }
    }

    public static final List<Entry> ALL = List.of(
            new Entry("snn", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development"),
            new Entry("sxd", "Sở Xây dựng", "Department of Construction"),
            new Entry("sgtvt", "Sở Giao thông vận tải", "Department of Transport"),
            new Entry("sct", "Sở Công Thương", "Department of Industry and Trade"),
            new Entry("sgddt", "Sở Giáo dục và Đào tạo", "Department of Education and Training"),
            new Entry("svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"),
            new Entry("stttt", "Sở Thông tin và Truyền thông", "Department of Information and Communications"),
            new Entry("sldtbxh", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"),
            new Entry("syt", "Sở Y tế", "Department of Health"),
            new Entry("stnmt", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment"),
            new Entry("snv", "Sở Nội vụ", "Department of Home Affairs"),
            new Entry("stp", "Sở Tư pháp", "Department of Justice"),
            new Entry("skhdt", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"),
            new Entry("stc", "Sở Tài chính", "Department of Finance"),
            new Entry("cat", "Công an tỉnh", "Provincial Police"),
            new Entry("bchqs", "Bộ Chỉ huy Quân sự tỉnh", "Provincial Military Command"));

    private SeededDepartments() {
    }
}
