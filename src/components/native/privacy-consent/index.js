// Native WeChat component: the privacy consent card required since base library 2.32.3.
// It shows when WeChat says the user has not agreed (getPrivacySetting), when our own
// versioned record is missing (`required`), or when a privacy API asks (onNeedPrivacyAuthorization).
Component({
  properties: {
    version: { type: String, value: '' },
    required: { type: Boolean, value: false },
    elder: { type: Boolean, value: false },
  },
  data: {
    visible: false,
    declined: false,
    contractName: '《智慧政务服务管家隐私保护指引》',
  },
  observers: {
    required(required) {
      if (required) this.setData({ visible: true })
    },
  },
  lifetimes: {
    attached() {
      this.pendingResolves = []
      if (this.data.required) this.setData({ visible: true })
      if (typeof wx.getPrivacySetting === 'function') {
        wx.getPrivacySetting({
          success: (res) => {
            const update = {}
            if (res.privacyContractName) update.contractName = res.privacyContractName
            // The answer may arrive after the user already agreed on this card.
            if (res.needAuthorization && !this.agreed) update.visible = true
            this.setData(update)
          },
        })
      }
      if (typeof wx.onNeedPrivacyAuthorization === 'function') {
        this.onNeed = (resolve) => {
          this.pendingResolves.push(resolve)
          this.setData({ visible: true, declined: false })
        }
        wx.onNeedPrivacyAuthorization(this.onNeed)
      }
    },
    detached() {
      this.settle({ event: 'disagree' })
    },
  },
  methods: {
    settle(result) {
      const resolves = this.pendingResolves || []
      this.pendingResolves = []
      resolves.forEach((resolve) => resolve(result))
    },
    handleAgree() {
      this.agreed = true
      this.settle({ event: 'agree', buttonId: 'agree' })
      this.setData({ visible: false, declined: false })
      this.triggerEvent('agree', { version: this.data.version })
    },
    handleDisagree() {
      this.settle({ event: 'disagree' })
      this.setData({ declined: true })
      this.triggerEvent('disagree', { version: this.data.version })
    },
    openContract() {
      if (typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract({})
    },
  },
})
