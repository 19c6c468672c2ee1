import { defineTexts } from '@/lib/i18n/feature-texts';

/**
 * The programme's words for states, levels and verdicts, shared by every screen that shows them
 * (dashboards, commune lists, scorecards, assessments, appraisal, obstacles). Keys are the API's
 * enum values as they are.
 */
const vi = {
  state: {
    DRAFT: 'Nháp',
    SUBMITTED: 'Đã gửi thẩm định',
    IN_APPRAISAL: 'Đang thẩm định',
    APPRAISED: 'Đã thẩm định',
    RECOGNISED: 'Đã công nhận',
    RETURNED: 'Bị trả lại',
    NONE: 'Chưa có hồ sơ',
  },
  level: {
    NONE: 'Chưa đạt chuẩn',
    BASIC: 'Đạt chuẩn NTM',
    ADVANCED: 'NTM nâng cao',
    MODEL: 'NTM kiểu mẫu',
  },
  targetStatus: {
    MET: 'Đã đạt',
    ON_TRACK: 'Đúng tiến độ',
    AT_RISK: 'Có nguy cơ không đạt',
    MISSED: 'Không đạt',
    NOT_EVALUABLE: 'Chưa đánh giá được',
  },
  criterionStatus: {
    MET: 'Đạt',
    NOT_MET: 'Chưa đạt',
    INCOMPLETE: 'Thiếu số liệu',
  },
  indicatorStatus: {
    MET: 'Đạt',
    NOT_MET: 'Chưa đạt',
    MISSING: 'Chưa nhập',
    NO_THRESHOLD: 'Chưa có ngưỡng',
  },
  provenance: {
    SOURCED: 'Có nguồn',
    RECONSTRUCTED: 'Tái dựng',
    NOT_FOUND: 'Chưa tìm thấy nguồn',
    VERIFIED: 'Đã kiểm chứng',
  },
  provenanceHint: {
    SOURCED: 'Giá trị lấy từ văn bản nguồn, chưa được Văn phòng Điều phối kiểm chứng lại',
    RECONSTRUCTED: 'Giá trị được tái dựng, chưa có văn bản gốc: cần kiểm chứng trước khi dựa vào',
    NOT_FOUND: 'Chưa tìm thấy văn bản nêu giá trị này',
    VERIFIED: 'Đã đối chiếu với văn bản gốc',
  },
  obstacleStatus: {
    OPEN: 'Chờ trả lời',
    ANSWERED: 'Đã trả lời',
    CLOSED: 'Đã đóng',
  },
  verdict: {
    AGREE: 'Thống nhất',
    DISAGREE: 'Không thống nhất',
  },
  lineage: {
    FULL: 'toàn bộ',
    PARTIAL: 'một phần',
    UNRESOLVED: 'chưa xác định',
  },
  department: {
    snn: 'Sở Nông nghiệp và PTNT',
    sxd: 'Sở Xây dựng',
    sgtvt: 'Sở Giao thông vận tải',
    sct: 'Sở Công Thương',
    sgddt: 'Sở Giáo dục và Đào tạo',
    svhttdl: 'Sở Văn hóa, Thể thao và Du lịch',
    stttt: 'Sở Thông tin và Truyền thông',
    sldtbxh: 'Sở Lao động - Thương binh và Xã hội',
    syt: 'Sở Y tế',
    stnmt: 'Sở Tài nguyên và Môi trường',
    snv: 'Sở Nội vụ',
    stp: 'Sở Tư pháp',
    skhdt: 'Sở Kế hoạch và Đầu tư',
    stc: 'Sở Tài chính',
    cat: 'Công an tỉnh',
    bchqs: 'Bộ Chỉ huy Quân sự tỉnh',
  },
  pilot: 'Thí điểm',
  unknown: 'Không rõ ({{value}})',
} as const;

export const vocabularyTexts = defineTexts('ntm-vocabulary', vi, {
  state: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    IN_APPRAISAL: 'In appraisal',
    APPRAISED: 'Appraised',
    RECOGNISED: 'Recognised',
    RETURNED: 'Returned',
    NONE: 'No assessment',
  },
  level: {
    NONE: 'Not recognised',
    BASIC: 'New rural (basic)',
    ADVANCED: 'Advanced new rural',
    MODEL: 'Model new rural',
  },
  targetStatus: {
    MET: 'Met',
    ON_TRACK: 'On track',
    AT_RISK: 'At risk',
    MISSED: 'Missed',
    NOT_EVALUABLE: 'Not evaluable',
  },
  criterionStatus: {
    MET: 'Met',
    NOT_MET: 'Not met',
    INCOMPLETE: 'Incomplete',
  },
  indicatorStatus: {
    MET: 'Met',
    NOT_MET: 'Not met',
    MISSING: 'Not entered',
    NO_THRESHOLD: 'No threshold',
  },
  provenance: {
    SOURCED: 'Sourced',
    RECONSTRUCTED: 'Reconstructed',
    NOT_FOUND: 'Source not found',
    VERIFIED: 'Verified',
  },
  provenanceHint: {
    SOURCED: 'Taken from a source document, not yet checked again by the coordination office',
    RECONSTRUCTED: 'Reconstructed without the original document: verify before relying on it',
    NOT_FOUND: 'No document stating this value has been found',
    VERIFIED: 'Checked against the original document',
  },
  obstacleStatus: {
    OPEN: 'Awaiting answer',
    ANSWERED: 'Answered',
    CLOSED: 'Closed',
  },
  verdict: {
    AGREE: 'Agree',
    DISAGREE: 'Disagree',
  },
  lineage: {
    FULL: 'whole',
    PARTIAL: 'part',
    UNRESOLVED: 'unresolved',
  },
  department: {
    snn: 'Department of Agriculture and Rural Development',
    sxd: 'Department of Construction',
    sgtvt: 'Department of Transport',
    sct: 'Department of Industry and Trade',
    sgddt: 'Department of Education and Training',
    svhttdl: 'Department of Culture, Sports and Tourism',
    stttt: 'Department of Information and Communications',
    sldtbxh: 'Department of Labour, Invalids and Social Affairs',
    syt: 'Department of Health',
    stnmt: 'Department of Natural Resources and Environment',
    snv: 'Department of Home Affairs',
    stp: 'Department of Justice',
    skhdt: 'Department of Planning and Investment',
    stc: 'Department of Finance',
    cat: 'Provincial Police',
    bchqs: 'Provincial Military Command',
  },
  pilot: 'Pilot',
  unknown: 'Unknown ({{value}})',
});
