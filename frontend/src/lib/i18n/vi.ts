// Vietnamese is the source language: en.ts must have exactly these keys (the type checker says so).
export const vi = {
  app: {
    name: 'NTM Nâng cao — Sơn La',
    shortName: 'NTM Nâng cao',
    skipToContent: 'Bỏ qua điều hướng, đến nội dung chính',
    openMenu: 'Mở menu điều hướng',
    mainNavigation: 'Điều hướng chính',
    menuTitle: 'Menu',
  },
  header: {
    language: 'Ngôn ngữ',
    logout: 'Đăng xuất',
    userMenu: 'Tài khoản: {{name}}',
  },
  roles: {
    coordinator: 'Điều phối viên tỉnh',
    'department-appraiser': 'Thẩm định viên sở',
    'finance-planner': 'Cán bộ kế hoạch – tài chính',
    'district-officer': 'Cán bộ huyện',
    'commune-officer': 'Cán bộ xã',
    observer: 'Theo dõi (chỉ xem)',
    'external-system': 'Hệ thống bên ngoài',
    none: 'Chưa có vai trò',
  },
  scope: {
    district: 'huyện mã {{code}}',
    department: 'sở {{code}}',
    unit: 'xã mã {{code}}',
  },
  nav: {
    dashboard: 'Tổng quan tỉnh',
    districtDashboard: 'Tổng quan huyện',
    myCommune: 'Xã của tôi',
    communes: 'Danh sách xã',
    districtCommunes: 'Các xã trong huyện',
    assessments: 'Hồ sơ đánh giá',
    myAssessment: 'Hồ sơ tự đánh giá của xã',
    appraisal: 'Thẩm định',
    myAppraisal: 'Thẩm định tiêu chí của sở',
    catalogue: 'Bộ tiêu chí',
    plans: 'Kế hoạch và mục tiêu',
    funding: 'Nguồn vốn',
    districtFunding: 'Nguồn vốn của huyện',
    obstacles: 'Khó khăn, vướng mắc',
    reports: 'Báo cáo',
    decision: 'Hỗ trợ quyết định',
    audit: 'Nhật ký thao tác',
  },
  areas: {
    dashboard: {
      intro: 'Tiến độ Kế hoạch 111/KH-UBND trên toàn tỉnh.',
      cap: {
        targets: 'Mục tiêu của kế hoạch, tiến độ và các xã đứng sau mỗi con số',
        levels: 'Số xã theo mức đạt chuẩn, theo từng huyện',
        pilots: 'Ba xã thí điểm: Chiềng Ban, Mường Sang, Chiềng Cọ',
        pipeline: 'Hồ sơ đánh giá theo trạng thái quy trình',
        funding: 'Nguồn vốn theo nguồn: kế hoạch, phân bổ, giải ngân',
      },
    },
    districtDashboard: {
      intro: 'Các xã của huyện và kế hoạch của huyện.',
      cap: {
        overview: 'Mức đạt chuẩn, số tiêu chí đạt và trạng thái hồ sơ của từng xã',
        plan: 'Kế hoạch, lộ trình và thời hạn của huyện',
      },
    },
    myCommune: {
      intro: 'Bảng điểm của xã theo bộ tiêu chí hiện hành.',
      cap: {
        scorecard: 'Từng tiêu chí: đạt, gần đạt hay chưa đạt',
        gap: 'Khoảng cách tới chuẩn và các chỉ tiêu còn thiếu',
        history: 'Lịch sử công nhận và thay đổi địa giới',
        funding: 'Nguồn vốn xã đã nhận',
      },
    },
    communes: {
      intro: 'Các xã, phường, thị trấn và mức đạt chuẩn nông thôn mới.',
      cap: {
        filter: 'Lọc theo huyện, mức đạt chuẩn, thí điểm, số tiêu chí đạt, trạng thái hồ sơ',
        scorecard: 'Bảng điểm của từng xã',
      },
    },
    assessments: {
      intro: 'Hồ sơ tự đánh giá của các xã và quy trình thẩm định.',
      cap: {
        list: 'Danh sách hồ sơ và trạng thái của từng hồ sơ',
        history: 'Lịch sử của từng hồ sơ',
        create: 'Lập hồ sơ tự đánh giá',
        importExcel: 'Nhập từ mẫu Excel',
        submit: 'Gửi thẩm định',
        return: 'Trả lại hồ sơ',
        recognise: 'Ghi nhận quyết định công nhận',
        bulk: 'Thao tác hàng loạt',
      },
    },
    appraisal: {
      intro: 'Thẩm định các tiêu chí do từng sở phụ trách.',
      cap: {
        queue: 'Các tiêu chí đang chờ thẩm định',
        appraise: 'Thẩm định tiêu chí',
      },
    },
    catalogue: {
      intro: 'Các bộ tiêu chí, phiên bản và nguồn gốc từng giá trị.',
      cap: {
        browse: 'Xem các bộ tiêu chí và phiên bản',
        provenance: 'Nguồn gốc của từng giá trị (văn bản, tái dựng, chưa tìm thấy)',
        diff: 'So sánh hai phiên bản',
        editDraft: 'Sửa bản dự thảo',
        derive: 'Tạo phiên bản mới',
        publish: 'Công bố phiên bản',
      },
    },
    plans: {
      intro: 'Mục tiêu của kế hoạch và kế hoạch của các huyện.',
      cap: {
        targets: 'Mục tiêu và tiến độ thực hiện',
        districtPlans: 'Kế hoạch, lộ trình của các huyện',
        edit: 'Sửa mục tiêu',
      },
    },
    funding: {
      intro: 'Nguồn vốn từ kế hoạch, phân bổ đến giải ngân.',
      cap: {
        ledger: 'Kế hoạch vốn, phân bổ và giải ngân theo nguồn',
        export: 'Xuất báo cáo ra Excel',
        record: 'Ghi kế hoạch vốn, phân bổ, giải ngân',
      },
    },
    obstacles: {
      intro: 'Khó khăn, vướng mắc được phản ánh về Văn phòng Điều phối.',
      cap: {
        list: 'Danh sách vướng mắc và trả lời',
        raise: 'Phản ánh vướng mắc',
        answer: 'Trả lời và đóng vướng mắc',
      },
    },
    reports: {
      intro: 'Báo cáo tổng hợp nguồn vốn.',
      cap: {
        funding: 'Báo cáo nguồn vốn theo năm, đơn vị, nguồn',
        export: 'Xuất báo cáo ra Excel',
      },
    },
    decision: {
      intro:
        'Chi phí đạt chuẩn, đề xuất phân bổ ngân sách, đánh giá lại theo bộ tiêu chí khác, dự báo.',
      cap: {
        proposal:
          'Đề xuất phân bổ ngân sách năm, lưu và so sánh phương án, chấp nhận thành phân bổ dự thảo',
        gapCosts: 'Chi phí để từng xã đạt chuẩn, xếp hạng theo huyện, ước tính và đơn giá',
        whatIf: 'Xã nào được hay mất chuẩn theo một phiên bản bộ tiêu chí khác',
        forecast: 'Dự báo các mục tiêu của kế hoạch tại hạn',
      },
    },
    audit: {
      intro: 'Ai đã làm gì, khi nào, với hồ sơ nào.',
      cap: {
        timeline: 'Lịch sử thao tác theo dòng thời gian',
        verify: 'Kiểm tra tính toàn vẹn của nhật ký',
      },
    },
  },
  auth: {
    connecting: 'Đang kết nối máy chủ đăng nhập…',
    failed: 'Không đăng nhập được',
    failedBody: 'Máy chủ đăng nhập không trả lời hoặc từ chối yêu cầu. Thử lại sau ít phút.',
    retry: 'Đăng nhập lại',
    loggedOutTitle: 'Bạn đã đăng xuất',
    loggedOutBody: 'Phiên làm việc đã kết thúc. Đóng trình duyệt nếu bạn dùng máy chung.',
    loginAgain: 'Đăng nhập lại',
  },
  errors: {
    forbiddenTitle: 'Không có quyền truy cập',
    forbiddenBody: 'Vai trò của bạn không được xem trang này.',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundBody: 'Địa chỉ này không có trong hệ thống.',
    unexpectedTitle: 'Đã có lỗi',
    unexpectedBody:
      'Trang gặp lỗi ngoài dự kiến. Tải lại trang; nếu lỗi còn, báo cho Văn phòng Điều phối.',
    noAccessTitle: 'Tài khoản chưa được cấp quyền dùng ứng dụng này',
    noAccessBody:
      'Tài khoản của bạn không có vai trò nào của hệ thống. Liên hệ Văn phòng Điều phối.',
    externalSystemBody:
      'Tài khoản hệ thống bên ngoài chỉ dùng API trạng thái công khai, không đăng nhập vào giao diện này.',
    backHome: 'Về trang chính',
    reload: 'Tải lại trang',
    configTitle: 'Cấu hình ứng dụng không hợp lệ',
    chunkTitle: 'Không tải được màn hình này',
    chunkBody:
      'Có thể hệ thống vừa được cập nhật hoặc mạng bị gián đoạn. Tải lại trang để tiếp tục.',
  },
  states: {
    loading: 'Đang tải…',
    empty: 'Chưa có dữ liệu',
    error: 'Không tải được dữ liệu',
    retry: 'Thử lại',
  },
  problem: {
    network: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    fieldErrors: 'Các trường cần sửa:',
    close: 'Đóng thông báo lỗi',
    outcomeUnknown:
      'Mất kết nối cơ sở dữ liệu đúng lúc lưu: thay đổi có thể đã được lưu hoặc chưa. Tải lại để kiểm tra trước khi gửi lại.',
    status: {
      '400': 'Dữ liệu gửi lên chưa hợp lệ',
      '401': 'Phiên đăng nhập đã hết hạn',
      '403': 'Vai trò của bạn không được làm việc này',
      '404': 'Không tìm thấy dữ liệu',
      '409': 'Thay đổi xung đột với dữ liệu hiện có',
      '412': 'Dữ liệu đã được người khác sửa. Tải lại rồi sửa lại.',
      '422': 'Dữ liệu không đáp ứng quy tắc nghiệp vụ',
      '428': 'Thiếu phiên bản dữ liệu (If-Match)',
      '500': 'Lỗi máy chủ',
      '503': 'Hệ thống tạm thời gián đoạn, chưa có gì thay đổi. Thử lại sau ít giây.',
      other: 'Yêu cầu không thực hiện được',
    },
  },
  chart: {
    view: 'Cách hiển thị',
    asChart: 'Biểu đồ',
    asTable: 'Bảng',
    chartAlt: 'Biểu đồ: {{title}}. Số liệu có trong bảng.',
  },
} as const;
